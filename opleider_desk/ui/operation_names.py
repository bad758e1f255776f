"""Names of operations for Undo/Redo and the audit log view."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication as Q

from ..storage import privacy
from ..storage.services import (
    agreements,
    aios,
    audit,
    categories,
    goals,
    hour_copy_week,
    hour_import,
    hour_routines,
    hours,
    meetings,
    norms,
    portfolio,
    profile,
    statements,
    trainer_events,
)


def operation_name(op: str) -> str:
    from ..storage.demo import FILL_DEMO  # here: the demo module is only needed for its name

    names: dict[str, str] = {
        FILL_DEMO: Q.translate("Operation", "fill in the example data"),
        aios.ADD_AIOS: Q.translate("Operation", "add trainee"),
        aios.UPDATE_AIOS: Q.translate("Operation", "edit trainee"),
        aios.SET_AIOS_STATUS: Q.translate("Operation", "change trainee status"),
        aios.DELETE_AIOS: Q.translate("Operation", "delete trainee"),
        profile.SAVE_PROFILE: Q.translate("Operation", "edit profile"),
        statements.SIGN_STATEMENT: Q.translate("Operation", "mark statement as signed"),
        statements.SIGN_DIGITALLY: Q.translate("Operation", "sign statement digitally"),
        statements.UNLOCK_STATEMENT: Q.translate("Operation", "unlock quarter"),
        norms.SET_NORMS: Q.translate("Operation", "change norms"),
        portfolio.UPDATE_CHECKLIST_ITEM: Q.translate("Operation", "edit portfolio item"),
        portfolio.ADD_CHECKLIST_ITEM: Q.translate("Operation", "add portfolio item"),
        portfolio.DELETE_CHECKLIST_ITEM: Q.translate("Operation", "delete portfolio item"),
        portfolio.ADD_ATTACHMENT: Q.translate("Operation", "attach file"),
        portfolio.REMOVE_ATTACHMENT: Q.translate("Operation", "remove attached file"),
        portfolio.ANSWER_REVIEW: Q.translate("Operation", "portfolio review finding"),
        portfolio.START_REVIEW: Q.translate("Operation", "start a new portfolio review"),
        portfolio.SET_TRAINER_ITEM: Q.translate("Operation", "tick obligation"),
        trainer_events.ADD_TRAINER_EVENT: Q.translate("Operation", "record LEOh, profile update or shifts"),
        trainer_events.REMOVE_TRAINER_EVENT: Q.translate("Operation", "remove recorded event"),
        trainer_events.MARK_INSTITUTION_INFORMED: Q.translate("Operation", "mark the institution informed"),
        hours.ADD_HOURS: Q.translate("Operation", "log hours"),
        hours.UPDATE_HOURS: Q.translate("Operation", "edit hours"),
        hours.DELETE_HOURS: Q.translate("Operation", "delete hours"),
        hour_copy_week.COPY_LAST_WEEK: Q.translate("Operation", "copy last week"),
        hour_routines.LOG_ROUTINE: Q.translate("Operation", "log the routine"),
        hour_import.IMPORT_HOURS: Q.translate("Operation", "import hours"),
        hour_routines.ADD_ROUTINE: Q.translate("Operation", "add routine entry"),
        hour_routines.UPDATE_ROUTINE: Q.translate("Operation", "edit routine entry"),
        hour_routines.DELETE_ROUTINE: Q.translate("Operation", "delete routine entry"),
        categories.ADD_CATEGORY: Q.translate("Operation", "add category"),
        categories.RENAME_CATEGORY: Q.translate("Operation", "rename category"),
        categories.SET_CATEGORY_ACTIVE: Q.translate("Operation", "change category in use"),
        audit.RESTORE_BACKUP: Q.translate("Operation", "restore backup"),
        privacy.ERASE_AIOS: Q.translate("Operation", "erase trainee (GDPR)"),
        meetings.PLAN_MEETING: Q.translate("Operation", "plan meeting"),
        meetings.UPDATE_MEETING: Q.translate("Operation", "edit meeting"),
        meetings.HOLD_MEETING: Q.translate("Operation", "hold meeting"),
        meetings.LOG_MEETING_HOURS: Q.translate("Operation", "log meeting as hours"),
        meetings.SAVE_MEETING_PROGRESS: Q.translate("Operation", "save meeting notes"),
        meetings.SIGN_MEETING: Q.translate("Operation", "mark report as signed"),
        meetings.SIGN_REPORT_DIGITALLY: Q.translate("Operation", "sign report digitally"),
        meetings.DELETE_MEETING: Q.translate("Operation", "delete meeting"),
        agreements.ADD_AGREEMENT: Q.translate("Operation", "add agreement"),
        agreements.UPDATE_AGREEMENT: Q.translate("Operation", "edit agreement"),
        agreements.SET_AGREEMENT_STATUS: Q.translate("Operation", "change agreement status"),
        agreements.DELETE_AGREEMENT: Q.translate("Operation", "delete agreement"),
        goals.ADD_GOAL: Q.translate("Operation", "add learning goal"),
        goals.UPDATE_GOAL: Q.translate("Operation", "edit learning goal"),
        goals.DELETE_GOAL: Q.translate("Operation", "delete learning goal"),
    }
    return names.get(op, op)
