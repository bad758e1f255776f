"""Texts in the user's language that need only Qt Core: the window and the command line share them.

Problem codes as sentences (``problems/``), enum names (``labels``), dates
(``formatting``), the statement's and the verdict's words, the errors of
backups, transfers and data files. Translation goes through
``QCoreApplication.translate`` with the same contexts as before these moved
out of ``ui/``, so the catalogue keeps its Dutch. Nothing here imports
QtWidgets, QtGui or ``ui/`` (tests/test_import_rules.py); ``ui/`` adds the
widgets and colours.
"""
