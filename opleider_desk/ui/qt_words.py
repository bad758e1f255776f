"""Words of Qt's own dialogs that Qt's Dutch translation (qtbase_nl.qm) does not have.

Qt 6 put access keys into some labels of its file dialog ("&Look in:",
"Files of &type:") and its Dutch catalogue still has only the old spelling,
so those labels came out in English in the Dutch interface. Listed here (for
lupdate; nothing calls this module) in Qt's own contexts, our translator fills
the gap: Qt asks every installed translator until one answers.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

QT_WORDS = (
    QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"),
    QT_TRANSLATE_NOOP("QFileDialog", "File &name:"),
)
