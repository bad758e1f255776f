"""The numbers the due engine measures an aios against (DOMAIN.md).

Kept apart from the general norms so the two can be merged; the defaults are
the national ones, an institute's own values replace them.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True, kw_only=True)
class DueNorms:
    #: Voortgangsgesprek: every so many months, counted from the start date.
    progress_interval_months: int = 6
    #: Geschiktheidsbeoordeling: every so many months, counted from the start date.
    suitability_interval_months: int = 12
    #: The eindgesprek is due this many months before the expected end date.
    final_meeting_months_before_end: int = 2
    #: KPBs per year for a full-time aios; part-time aios pro rata.
    kpb_per_year: int = 10
    #: Coaching talks per year for a full-time aios (the norm is 6–8; 6 is the floor).
    coaching_per_year: int = 6
    #: Supervision minutes per week for a full-time aios; part-time pro rata.
    supervision_minutes_per_week: int = 120
    #: The recent stretch over which supervision is checked, in whole weeks.
    supervision_recent_weeks: int = 4
    #: LEOh evaluations per year.
    leoh_per_year: int = 2
    #: An item due within this many days is "due soon".
    due_soon_days: int = 28
