"""Texts in the user's language that need only Qt Core: the window and the command line share them.

Translation goes through ``QCoreApplication.translate`` as in ``ui/``; a date
is formatted by the caller's function, so the window shows its own format and
a command may print ISO dates.
"""
