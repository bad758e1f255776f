"""The schema revisions this version knows, without importing Alembic.

Kept in step with ``migrations/versions`` by a test; opening a file only
needs to know whether its revision is ours and whether it is the newest.
"""

KNOWN_REVISIONS: tuple[str, ...] = ("0001", "0002", "0004", "0007", "0003", "0009")
HEAD_REVISION = KNOWN_REVISIONS[-1]
