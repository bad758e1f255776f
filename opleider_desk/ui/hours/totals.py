"""Totals of the shown period per category and per aios, with the norms beside them.

A norm is shown, never enforced: under is red, on target green, over blue
(more supervision than the norm is not a fault). "At least" norms (joint
surgery, own training) are on target from the expected amount up.

The panel is a read-only text browser, not a word-wrapped rich-text ``QLabel``
in a scroll area: the label laid out its whole document again for every size
the layout asked about, and with 40 aios (175 table rows) every change of the
totals, after each save, froze the window for 100–260 ms; the browser lays it
out once for its width (30–50 ms, measured on the big file).

The tables' cells do not wrap (``white-space: nowrap``), so that one layout also gives
their natural width, read from the laid-out frames: the panel is kept that wide without
laying the tables out a second time in a document of their own to measure them.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from html import escape

from PySide6.QtCore import QCoreApplication as Q
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextTable
from PySide6.QtWidgets import QFrame, QTextBrowser, QWidget

from ...domain.durations import format_minutes
from ...domain.entities import Aios, HourCategory, stored_id
from ...domain.hour_norms import AiosFilter, HourNorm, HourTotals, hour_norm_lines
from ...domain.norms import NormCheck, Norms, NormStatus
from ...domain.quarters import Period
from ...domain.ruled import Ruled
from ...words.labels import norm_status_text
from ..widgets.tones import Tone, follow_palette, tone_css
from ..widgets.viewport import viewport_of
from .fields import category_name
from .model import own_time_label

TONES = {NormStatus.UNDER: Tone.BAD, NormStatus.OK: Tone.GOOD, NormStatus.OVER: Tone.INFO}

# A table cell keeps its line: the one layout then shows how wide the tables are.
_NOWRAP = " style='white-space:nowrap'"


@dataclass(frozen=True, slots=True)
class NormLine:
    """A norm line as shown: the domain's line with its names."""

    who: str  # the aios's name, or the own-time label
    what: str  # the norm's name
    check: NormCheck
    status: NormStatus


def _what(norm: HourNorm) -> str:
    return {
        HourNorm.SUPERVISION: Q.translate("HoursTotals", "Supervision"),
        HourNorm.JOINT_SURGERY: Q.translate("HoursTotals", "Joint surgery"),
        HourNorm.OWN_TRAINING: Q.translate("HoursTotals", "Own training"),
    }[norm]


def norm_lines(
    period: Period,
    totals: HourTotals,
    aios: Sequence[Aios],
    categories: Sequence[HourCategory],
    norms: Norms,
    shown: AiosFilter,
    today: date,
    *,
    ruled: Callable[[Aios | None], Ruled] | None = None,
) -> list[NormLine]:
    """The domain's norm lines (``domain/hour_norms.py``) with names to show."""
    return [
        NormLine(
            line.aios.name if line.aios is not None else own_time_label(),
            _what(line.norm),
            line.check,
            line.status,
        )
        for line in hour_norm_lines(period, totals, aios, categories, norms, shown, today, ruled=ruled)
    ]


class TotalsPanel(QTextBrowser):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("hoursTotals")
        self.setAccessibleName(self.tr("Totals"))
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setOpenLinks(False)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        viewport_of(self).setAutoFillBackground(False)  # the window's background, as a label had
        self.document().setDocumentMargin(6)
        self.lines: list[NormLine] = []
        self.tables_html = ""
        self.up_to: date | None = None
        self._html = ""
        self._uncoloured: str | None = None  # the totals' tables, which have no tones
        # A panel not shown yet lays its document out when it gets its size: measured then.
        self.document().documentLayout().documentSizeChanged.connect(self._fit_tables)
        follow_palette(self, self._render, "html")

    def text(self) -> str:
        """The HTML shown, as it was set (``toHtml`` gives Qt's rewrite of it)."""
        return self._html

    def show_totals(
        self,
        period: Period,
        totals: HourTotals,
        aios: Sequence[Aios],
        categories: Sequence[HourCategory],
        norms: Norms,
        shown: AiosFilter,
        today: date,
        *,
        ruled: Callable[[Aios | None], Ruled] | None = None,
    ) -> None:
        self.lines = norm_lines(period, totals, aios, categories, norms, shown, today, ruled=ruled)
        self.up_to = today if period.contains(today) else None
        names = {a.id: a.name for a in aios}
        per_category = totals.per_category()
        title = self.tr("Total: {duration}").format(duration=format_minutes(totals.total))
        parts = [f"<h3>{escape(title)}</h3>"]
        spoken = [f"{title}."]
        rows = [
            (category_name(c), per_category[stored_id(c.id)])
            for c in categories
            if per_category.get(stored_id(c.id))
        ]
        parts.append(self._table(self.tr("Per category"), rows))
        spoken.append(self._spoken_rows(self.tr("Per category"), rows))
        per_aios = totals.per_aios()
        rows = [(names[a.id], per_aios[a.id]) for a in aios if per_aios.get(a.id)]
        if per_aios.get(None):
            rows.append((own_time_label(), per_aios[None]))
        parts.append(self._table(self.tr("Per trainee"), rows))
        spoken.append(self._spoken_rows(self.tr("Per trainee"), rows))
        self._uncoloured = "".join(parts)
        self._render()
        # What a screen reader says on the panel: it read "Totalen, label" and not one
        # figure; the colours of the norms are heard as words.
        heard = " ".join([*spoken, self._spoken_norms()]).strip()
        if heard != self.accessibleDescription():
            self.setAccessibleDescription(heard)

    def _render(self) -> None:
        """The HTML in the palette's tones: again when the palette changes (dark mode)."""
        if self._uncoloured is None:
            return
        tables = self._uncoloured + self._norms()  # what must not wrap
        html = tables + self._legend()
        if html != self._html:  # the same totals again (a reload after an unrelated change): no layout
            self._html = html
            self.tables_html = tables
            # setHtml first empties the panel: its scroll bar went, the new tables were laid
            # out without it, and again with it once they proved taller (30 of the 35 ms a new
            # text took with 40 aios, on the window's thread after every reload). Kept
            # through the change, the tables are laid out at the width they are shown at.
            bar = self.verticalScrollBar().isVisible()
            if bar:
                self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
            self.setHtml(html)
            if bar:
                self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
            self._fit_tables()

    def _fit_tables(self, *_size: object) -> None:
        """Never narrower than the tables: in a 960 px window "Gezamenlijk spreekuur"
        wrapped onto two lines, away from its hours. The legend's words may wrap.

        Read from the layout just made: the cells do not wrap, so each table's frame is
        as wide as its contents, whatever the width it was laid out in."""
        document = self.document()
        layout = document.documentLayout()
        right = max(
            (
                layout.frameBoundingRect(frame).right()
                for frame in document.rootFrame().childFrames()
                if isinstance(frame, QTextTable)
            ),
            default=0.0,
        )
        if right <= 0:
            return  # not laid out yet: no width to go by
        margins = 2 * self.frameWidth() + self.verticalScrollBar().sizeHint().width()
        self.setMinimumWidth(math.ceil(right + document.documentMargin()) + margins + 4)

    @staticmethod
    def _table(title: str, rows: list[tuple[str, int]]) -> str:
        body = "".join(
            f"<tr><td{_NOWRAP}>{escape(name)}</td>"
            f"<td align='right'{_NOWRAP}>&nbsp;&nbsp;{format_minutes(m)}</td></tr>"
            for name, m in rows
        )
        return f"<p><b>{escape(title)}</b></p><table cellspacing='0'>{body}</table>"

    @staticmethod
    def _spoken_rows(title: str, rows: list[tuple[str, int]]) -> str:
        return (
            f"{title}: " + ", ".join(f"{name} {format_minutes(m)}" for name, m in rows) + "." if rows else ""
        )

    def _spoken_norms(self) -> str:
        if not self.lines:
            return ""
        head = self._norm_head()
        heard = []
        previous = None
        for line in self.lines:
            check = line.check
            done = self.tr("{done} of {expected}").format(
                done=format_minutes(check.actual_minutes), expected=format_minutes(check.expected_minutes)
            )
            who = f"{line.who}: " if line.who != previous else ""
            previous = line.who
            heard.append(f"{who}{line.what} {done}, {norm_status_text(line.status)}")
        return f"{head}: " + "; ".join(heard) + "."

    def _norm_head(self) -> str:
        return self.tr("Norm up to today") if self.up_to is not None else self.tr("Norm for this period")

    def _norms(self) -> str:
        if not self.lines:
            return ""
        head = self._norm_head()
        out = [f"<p><b>{escape(head)}</b></p><table cellspacing='0' cellpadding='1'>"]
        previous = None
        for line in self.lines:
            if line.who != previous:
                out.append(f"<tr><td colspan='3'{_NOWRAP}><i>{escape(line.who)}</i></td></tr>")
                previous = line.who
            check = line.check
            difference = ("+" if check.difference > 0 else "") + format_minutes(check.difference)
            colour = tone_css(TONES[line.status])
            out.append(
                f"<tr><td{_NOWRAP}>&nbsp;&nbsp;{escape(line.what)}</td>"
                f"<td align='right'{_NOWRAP}>&nbsp;{format_minutes(check.actual_minutes)}"
                f" / {format_minutes(check.expected_minutes)}</td>"
                f"<td align='right' style='color:{colour}; white-space:nowrap'>&nbsp;{difference}</td></tr>"
            )
        out.append("</table>")
        return "".join(out)

    def _legend(self) -> str:
        if not self.lines:
            return ""
        # Joint surgery and own training are minimums: above them is green like on them, while
        # supervision above the norm is blue. The legend says so, or "+1:09" in green beside
        # "+1:49" in blue reads as a contradiction.
        legend = self.tr(
            "done / expected; red: under the norm; green: on the norm, or above a minimum; "
            "blue: more supervision than the norm."
        )
        return f"<p style='color:{tone_css(Tone.MUTED)}'>{escape(legend)}</p>"
