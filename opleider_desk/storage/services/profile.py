"""The trainer's profile: printed on every statement and report."""

from __future__ import annotations

from ...domain.entities import Profile
from ...domain.problems import Problem, ValidationFailed
from ...domain.regulations import builtin_regulations
from ...domain.validation import validate_profile
from ..changes import Area, Operation
from ..mapping import UnreadableRow, column_values, to_one
from ..models import ProfileRow
from ..store import Audit, Store

SAVE_PROFILE = Operation("save_profile", Area.PROFILE)
SET_REGULATION = Operation("set_regulation", Area.PROFILE)
PROFILE_ID = 1


class ProfileService:
    def __init__(self, store: Store):
        self.store = store

    def get(self) -> Profile:
        """The profile; ``UnreadableRow`` when it holds a value this version does not know."""
        with self.store.read() as session:
            row = session.get(ProfileRow, PROFILE_ID)
            return to_one(Profile, row) if row is not None else Profile()

    def get_or_default(self) -> Profile:
        """The profile, or the defaults when it cannot be read: for what is worked out from it
        (the overview, which pages show), which must not stop there. The row is recorded as
        unreadable (``Store.unreadable``), so the tabs' notices name it."""
        try:
            return self.get()
        except UnreadableRow:
            return Profile()

    def regulation(self) -> str:
        """The trainer's regulation key as stored, also when the rest of the row cannot be read."""
        with self.store.read() as session:
            row = session.get(ProfileRow, PROFILE_ID)
            return row.regulation if row is not None else Profile().regulation

    def exists(self) -> bool:
        """A complete profile is stored: a row the regulation alone made (Settings) is not one."""
        with self.store.read() as session:
            row = session.get(ProfileRow, PROFILE_ID)
            if row is None:
                return False
            try:
                return not validate_profile(to_one(Profile, row))
            except UnreadableRow:
                return True  # stored, by a version that knows more: not a first run to fill in again

    def save(self, profile: Profile) -> None:
        problems = validate_profile(profile)
        if problems:
            raise ValidationFailed(problems)
        with self.store.write(SAVE_PROFILE, audit=Audit(entity="profile", entity_id=PROFILE_ID)) as s:
            row = s.get(ProfileRow, PROFILE_ID)
            if row is None:
                row = ProfileRow(id=PROFILE_ID)
                s.add(row)
            for name, value in column_values(profile, exclude=()).items():
                setattr(row, name, value)

    def save_regulation(self, regulation: str) -> None:
        """Only the trainer's regulation: Settings may set it before the profile is complete."""
        if regulation not in builtin_regulations():
            raise ValidationFailed([Problem("regulation.unknown", "regulation", {"key": regulation})])
        audit = Audit(entity="profile", entity_id=PROFILE_ID, details={"regulation": regulation})
        with self.store.write(SET_REGULATION, audit=audit) as s:
            row = s.get(ProfileRow, PROFILE_ID)
            if row is None:
                # Not a complete profile: the first-run dialog still asks for name and practice.
                row = ProfileRow(id=PROFILE_ID, **column_values(Profile(), exclude=()))
                s.add(row)
            row.regulation = regulation
