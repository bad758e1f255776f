"""Backups, restore, the audit log, the second-window lock and AVG requests in the window."""
