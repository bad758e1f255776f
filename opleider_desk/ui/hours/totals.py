"""Totals of the shown period per category and per aios, with the norms beside them.

A norm is shown, never enforced: under is red, on target green, over blue
(more supervision than the norm is not a fault). "At least" norms (joint
surgery, own training) are on target from the expected amount up.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from html import escape

from PySide6.QtCore import QCoreApplication as Q
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QScrollArea, QVBoxLayout, QWidget

from ...domain.durations import format_minutes
from ...domain.entities import Aios, HourCategory, stored_id
from ...domain.enums import CategoryKey
from ...domain.in_training import in_training_during
from ...domain.norms import (
    NormCheck,
    Norms,
    NormStatus,
    expected_joint_surgery_minutes,
    expected_own_training_minutes,
    expected_supervision_minutes,
)
from ...domain.quarters import Period
from ...domain.regulation_obligations import Ruled
from ...storage.services.hours import ALL, AiosFilter, HourTotals
from ..widgets.tones import Tone, tone_css
from .fields import category_name
from .model import own_time_label

TONES = {NormStatus.UNDER: Tone.BAD, NormStatus.OK: Tone.GOOD, NormStatus.OVER: Tone.INFO}


@dataclass(frozen=True, slots=True)
class NormLine:
    who: str  # the aios's name, or the own-time label
    what: str  # the norm's name
    check: NormCheck
    at_least: bool  # more than expected is simply on target

    @property
    def status(self) -> NormStatus:
        status = self.check.status
        return NormStatus.OK if self.at_least and status is NormStatus.OVER else status


def _in_training(aios: Aios, period: Period, totals: HourTotals) -> bool:
    # Hours logged for an aios show their norms too, whatever the dates say.
    return aios.id in totals.per_aios() or in_training_during(aios, period.start, period.end)


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
    """The norms for ``period`` as far as it has passed: no one is behind on next month.

    ``ruled`` gives the regulation and norms of an aios (None: the trainer);
    each aios is measured by their own, and a rule their regulation does not
    have gets no line. Without it everyone is measured by ``norms``.
    """
    passed = period.clip(None, today)
    if passed is None:
        return []
    period = passed
    supervision = [stored_id(c.id) for c in categories if c.counts_as_supervision]
    joint = [stored_id(c.id) for c in categories if c.key == CategoryKey.GEZAMENLIJK_SPREEKUUR.value]
    training = [stored_id(c.id) for c in categories if c.key == CategoryKey.EIGEN_SCHOLING.value]
    lines = []

    def rules_of(a: Aios | None) -> tuple[Norms, Callable[[str], bool]]:
        if ruled is None:
            return norms, lambda _key: True
        found = ruled(a)
        return found.norms, found.regulation.applies

    for a in aios:
        if shown not in (ALL, a.id) or not _in_training(a, period, totals):
            continue
        own_norms, applies = rules_of(a)
        if applies("supervision_minutes_per_week"):
            expected = expected_supervision_minutes(
                period, a.part_time_percent, own_norms, a.start_date, a.expected_end_date
            )
            checked = totals.for_aios(stored_id(a.id), supervision)
            check = NormCheck("supervision_minutes_per_week", checked, expected, own_norms.tolerance_percent)
            lines.append(NormLine(a.name, Q.translate("HoursTotals", "Supervision"), check, at_least=False))
        if applies("joint_surgery_minutes_per_week"):
            expected = expected_joint_surgery_minutes(period, own_norms, a.start_date, a.expected_end_date)
            checked = totals.for_aios(stored_id(a.id), joint)
            check = NormCheck("joint_surgery_minutes_per_week", checked, expected)
            lines.append(NormLine(a.name, Q.translate("HoursTotals", "Joint surgery"), check, at_least=True))
    trainer_norms, trainer_applies = rules_of(None)
    if shown in (ALL, None) and trainer_applies("own_training_days_per_training_year"):
        lines.append(
            NormLine(
                own_time_label(),
                Q.translate("HoursTotals", "Own training"),
                NormCheck(
                    "own_training_days_per_training_year",
                    totals.for_aios(None, training),
                    expected_own_training_minutes(period, trainer_norms),
                ),
                at_least=True,
            )
        )
    return lines


class TotalsPanel(QScrollArea):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.label = QLabel()
        self.label.setObjectName("hoursTotals")
        self.label.setTextFormat(Qt.TextFormat.RichText)
        self.label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.label.setWordWrap(True)
        self.label.setMargin(6)
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        self.setWidget(box)
        self.lines: list[NormLine] = []
        self.up_to: date | None = None

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
        rows = [
            (category_name(c), per_category[stored_id(c.id)])
            for c in categories
            if per_category.get(stored_id(c.id))
        ]
        parts.append(self._table(self.tr("Per category"), rows))
        per_aios = totals.per_aios()
        rows = [(names[a.id], per_aios[a.id]) for a in aios if per_aios.get(a.id)]
        if per_aios.get(None):
            rows.append((own_time_label(), per_aios[None]))
        parts.append(self._table(self.tr("Per aios"), rows))
        parts.append(self._norms())
        self.label.setText("".join(parts))

    @staticmethod
    def _table(title: str, rows: list[tuple[str, int]]) -> str:
        body = "".join(
            f"<tr><td>{escape(name)}</td><td align='right'>&nbsp;&nbsp;{format_minutes(m)}</td></tr>"
            for name, m in rows
        )
        return f"<p><b>{escape(title)}</b></p><table cellspacing='0'>{body}</table>"

    def _norms(self) -> str:
        if not self.lines:
            return ""
        head = self.tr("Norm up to today") if self.up_to is not None else self.tr("Norm for this period")
        out = [f"<p><b>{escape(head)}</b></p><table cellspacing='0' cellpadding='1'>"]
        previous = None
        for line in self.lines:
            if line.who != previous:
                out.append(f"<tr><td colspan='3'><i>{escape(line.who)}</i></td></tr>")
                previous = line.who
            check = line.check
            difference = ("+" if check.difference > 0 else "") + format_minutes(check.difference)
            colour = tone_css(TONES[line.status])
            out.append(
                f"<tr><td>&nbsp;&nbsp;{escape(line.what)}</td>"
                f"<td align='right'>&nbsp;{format_minutes(check.actual_minutes)}"
                f" / {format_minutes(check.expected_minutes)}</td>"
                f"<td align='right' style='color:{colour}'>&nbsp;{difference}</td></tr>"
            )
        out.append("</table>")
        legend = self.tr("done / expected; red: under the norm, green: on the norm, blue: above it.")
        out.append(f"<p style='color:{tone_css(Tone.MUTED)}'>{escape(legend)}</p>")
        return "".join(out)
