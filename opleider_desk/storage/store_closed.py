"""The error of work that reaches a store after its file was closed.

Apart from ``store`` so that the window's worker plumbing can recognise it
without importing SQLAlchemy at the start.
"""

from __future__ import annotations


class StoreClosed(Exception):
    """The file was closed while this work still wanted it; its result is moot.

    Closing waits for reads and writes already under way and refuses new ones:
    a worker still reading the file after it was closed (a due-list reload
    while the passphrase is changed) held SQLite's shared memory while the file
    was rewritten beneath it, and the program died of a bus error.
    """

    def __init__(self, path: object):
        super().__init__(f"closed: {path}")
        self.path = path
