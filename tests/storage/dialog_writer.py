"""A window-like writer that opens every file dialog of the program on the data file's folder.

    python dialog_writer.py DATAFILE [--qt-dialogs]

Prints ``ack hour_entry <id>`` after each committed write, ``dialogs-done``
once every dialog has listed the folder and closed, then waits for a line on
stdin before writing on (the test lets a second process read the file in
between). ``--qt-dialogs`` uses ``QFileDialog``'s own static functions, as the
program did before, to show what they did to SQLite's locks.
"""

from __future__ import annotations

import os
import sys
from datetime import date, datetime
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QFileDialog
from sqlalchemy import select

from opleider_desk.storage.models import HourCategoryRow, HourEntryRow
from opleider_desk.storage.open import open_store
from opleider_desk.ui.safety import file_dialogs


def write(store, category: int, number: int) -> None:
    now = datetime.now().replace(microsecond=0)
    with store.write("dialog_test_hours") as session:
        row = HourEntryRow(
            day=date(2026, 1, 1 + number % 28),
            minutes=30,
            category_id=category,
            description=f"entry {number}",
            created_at=now,
            updated_at=now,
        )
        session.add(row)
        session.flush()
        new_id = row.id
    print(f"ack hour_entry {new_id}", flush=True)


def dialogs(folder: str, qt_own: bool):
    """Each way the program asks for a file, pointed at ``folder``."""
    if qt_own:
        return [
            lambda: QFileDialog.getOpenFileName(None, "open", folder),
            lambda: QFileDialog.getSaveFileName(None, "save", folder, "PDF (*.pdf)"),
        ]
    return [
        lambda: file_dialogs.open_file_name(None, "open", folder, "OpleiderDesk (*.sqlite *.db)"),
        lambda: file_dialogs.open_file_name(None, "open", folder),
        lambda: file_dialogs.open_file_names(None, "attach", folder),
        lambda: file_dialogs.save_file_name(None, "save", folder, "PDF (*.pdf)"),
        lambda: file_dialogs.save_file_name(None, "save", folder),
        lambda: file_dialogs.existing_directory(None, "folder", folder),
    ]


def main(path: str, qt_own: bool) -> None:
    app = QApplication([])
    store = open_store(path)
    with store.read() as session:
        category = session.scalars(select(HourCategoryRow.id)).first()
    assert category is not None
    for number in range(3):
        write(store, category, number)

    def close_dialogs() -> None:
        for widget in app.topLevelWidgets():
            if isinstance(widget, QFileDialog) and widget.isVisible():
                widget.reject()

    closer = QTimer()
    closer.timeout.connect(close_dialogs)
    closer.start(700)  # long enough for the folder to be listed and painted
    for show in dialogs(str(Path(path).parent), qt_own):
        show()
        write(store, category, 100)
    closer.stop()
    print("dialogs-done", flush=True)
    sys.stdin.readline()
    number = 1000
    while True:
        number += 1
        write(store, category, number)


if __name__ == "__main__":
    main(sys.argv[1], "--qt-dialogs" in sys.argv)
