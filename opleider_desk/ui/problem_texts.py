"""Moved to ``opleider_desk/words/problems.py``, which the command line shares.

Kept only while the 0.2 branches written before the move merge: nothing in the
package imports it (tests/test_import_rules.py), and it goes once they are in.
"""

from ..words.problems import *  # noqa: F403
