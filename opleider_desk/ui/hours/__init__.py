"""The hours tab: log, list, total and import hours."""
